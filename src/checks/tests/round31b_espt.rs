//! Round 31b (Spanish, Portuguese): classes pt-b49 left held. Each class with sentences written
//! for it, wrong and right, and a hard negative.

use super::*;

/// pt-b49's miss: "Só a Azure, porém, poderá atender via API os clientes de segurança nacional …".
/// "Only Azure" as the subject ("só a Azure", "apenas o Azure", "solo Azure") restricts the
/// national-security customers to Azure, as "only through Azure" does; E4 lets OpenAI serve them
/// on any cloud. "Not only Azure" restricts nothing.
#[test]
fn only_azure_as_the_subject_restricts_national_security() {
    says_in(
        "E4",
        "Só a Azure, porém, poderá atender via API os clientes de segurança nacional do governo.",
        "pt",
        "national-security",
        "contradicts",
    );
    says_in(
        "E4",
        "Apenas o Azure poderá vender acesso à API aos clientes de segurança nacional.",
        "pt",
        "national-security",
        "contradicts",
    );
    says_in(
        "E4",
        "Solo Azure podrá dar acceso a la API a los clientes de seguridad nacional.",
        "es",
        "national-security",
        "contradicts",
    );
    says_in(
        "E4",
        "A OpenAI poderá atender os clientes de segurança nacional em qualquer nuvem.",
        "pt",
        "national-security",
        "agrees",
    );
    // "Not only Azure" restricts nothing.
    silent_in("E4", "Não só a Azure poderá atender os clientes de segurança nacional do governo.", "pt");
    silent_in("E4", "No solo Azure podrá atender a los clientes de seguridad nacional.", "es");
}

/// pt-b49's miss: "os direitos de PI da Microsoft passam a cobrir também o hardware de consumo …".
/// A periphrasis that starts to cover ("passam a cobrir", "vão incluir", "pasan a cubrir") puts
/// the consumer hardware under Microsoft's IP rights; E4 excludes it. Denied, it agrees.
#[test]
fn rights_that_start_to_cover_consumer_hardware_include_it() {
    says_in(
        "E4",
        "Os direitos de PI da Microsoft passam a cobrir também o hardware de consumo da OpenAI.",
        "pt",
        "consumer-hardware",
        "contradicts",
    );
    says_in(
        "E4",
        "A licença da Microsoft vai incluir os dispositivos de consumo da OpenAI.",
        "pt",
        "consumer-hardware",
        "contradicts",
    );
    says_in(
        "E4",
        "Los derechos de PI de Microsoft pasan a cubrir también el hardware de consumo de OpenAI.",
        "es",
        "consumer-hardware",
        "contradicts",
    );
    says_in(
        "E4",
        "Os direitos de PI da Microsoft não vão cobrir o hardware de consumo da OpenAI.",
        "pt",
        "consumer-hardware",
        "agrees",
    );
    says_in(
        "E4",
        "Los derechos de Microsoft no van a cubrir el hardware de consumo de OpenAI.",
        "es",
        "consumer-hardware",
        "agrees",
    );
}

/// es-b48's miss: "… y Azure pasó a ser su proveedor de nube preferente" (2019). A cloud that
/// became the "preferred" one ("proveedor de nube preferente", "nuvem preferencial") is not the
/// exclusive one the 2019 terms made Azure; "preferred and exclusive" is both, and not read as
/// either.
#[test]
fn a_preferred_cloud_is_not_the_exclusive_one() {
    says_in(
        "E1",
        "En 2019, Microsoft invirtió 1.000 millones de dólares en OpenAI y Azure pasó a ser su proveedor de nube preferente.",
        "es",
        "cloud-exclusivity",
        "contradicts",
    );
    says_in(
        "E1",
        "En 2019 Azure se convirtió en el proveedor de nube preferido de OpenAI.",
        "es",
        "cloud-exclusivity",
        "contradicts",
    );
    says_in("E1", "Em 2019, a Azure virou a nuvem preferencial da OpenAI.", "pt", "cloud-exclusivity", "contradicts");
    says_in("E1", "En 2019 Azure pasó a ser su proveedor de nube exclusivo.", "es", "cloud-exclusivity", "agrees");
    // Preferred and exclusive: no reading of its own.
    silent_in("E1", "En 2019 Azure pasó a ser su proveedor de nube preferente y exclusivo.", "es");
    silent_in("E1", "Em 2019, a Azure passou a ser seu provedor de nuvem preferencial e exclusivo.", "pt");
}

/// pt-b49's miss: "fatia que reflete os US$ 135 bilhões investidos pela big tech …". The stake's
/// $135 billion told with a plural participle of investing ("investidos", "aportados",
/// "invertidos") is money invested, not the stake's value. A stake valued at $135 billion beside
/// another sum invested is no such reading.
#[test]
fn the_135_billion_with_a_plural_participle_of_investing_is_money_invested() {
    says_in(
        "E4",
        "Microsoft fica com cerca de 27% da OpenAI Group PBC, fatia que reflete os US$ 135 bilhões investidos pela empresa desde 2019.",
        "pt",
        "what-135-billion-is",
        "contradicts",
    );
    says_in(
        "E4",
        "São US$ 135 bilhões aportados pela Microsoft na OpenAI.",
        "pt",
        "what-135-billion-is",
        "contradicts",
    );
    says_in(
        "E4",
        "Microsoft se queda con cerca del 27% de OpenAI Group PBC, que refleja los 135.000 millones de dólares invertidos por la tecnológica.",
        "es",
        "what-135-billion-is",
        "contradicts",
    );
    says_in(
        "E4",
        "A participação da Microsoft está avaliada em US$ 135 bilhões.",
        "pt",
        "what-135-billion-is",
        "agrees",
    );
    // A stake valued at $135 billion beside another sum invested.
    silent_in(
        "E4",
        "A fatia da Microsoft, avaliada em US$ 135 bilhões, supera os US$ 13 bilhões investidos desde 2019.",
        "pt",
    );
}
