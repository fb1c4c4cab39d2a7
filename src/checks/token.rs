//! The words of a clause as the checks read them.
//!
//! Patterns, cue words and party names are tokenized by the same function as the text they are
//! matched against, so a pattern word means what a reader sees: `OpenAI's` is the word `openai`
//! (possessive), `non-binding` two words joined by a hyphen, `微软` two characters, `U.S.` the
//! letters and stops as written. Matching then compares tokens, never bytes, which keeps every
//! language on one path: Latin words are split at spaces and punctuation, Chinese and Japanese
//! characters are a token each (they are written without spaces), and Korean words keep the
//! particles written onto them (a pattern word matches their start).

use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (and digits) of a script that separates words with spaces.
    Word,
    /// A Korean word: Hangul syllables, with whatever particle is written onto it.
    Hangul,
    /// One Chinese character, or one Japanese kana.
    Cjk,
    /// Digits, with the `.` or `,` between them: `2030`, `1,350`, `32.5`, `135.000`.
    Number,
    /// A currency sign or `%`.
    Symbol,
    /// Punctuation; `barrier` punctuation ends a gap (`...`) in a pattern.
    Punct { barrier: bool },
}

/// One token: where it is, and its normalised form (lower case, `’` as `'`, a final `'s` taken
/// off and remembered in `possessive`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub norm: String,
    pub kind: Kind,
    pub possessive: bool,
    /// Nothing between this token and the one before (`135bn`, `FY2030`, `2030年`).
    pub glued: bool,
    /// A hyphen between this token and the one before (`non-binding`, `revenue-share`).
    pub hyphen: bool,
    /// Written with a capital first letter: after a hyphen, in German, the head noun of a
    /// compound (`Azure-Exklusivität` is an `Exklusivität`).
    pub capital: bool,
    /// [`word_hash`] of `norm`: matching compares it before the bytes, so that the millions of
    /// comparisons a digest makes between different words cost an integer each.
    pub hash: u64,
}

impl Token {
    /// A token the reader puts in place of others (a party's name for its description, "2032"
    /// for "twenty thirty-two", an implied "is"): its hash always that of its `norm`; the flags
    /// that depend on its neighbours off, for the caller to set.
    pub fn made(range: Range<usize>, norm: String, kind: Kind) -> Token {
        let hash = word_hash(&norm);
        Token { range, norm, kind, possessive: false, glued: false, hyphen: false, capital: false, hash }
    }

    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, Kind::Word | Kind::Hangul | Kind::Number | Kind::Cjk)
    }

    /// A gap (`...`) counts words; a Chinese character is about a third of one.
    pub fn gap_weight(&self) -> u32 {
        match self.kind {
            Kind::Cjk => 1,
            Kind::Symbol => 0,
            _ => 3,
        }
    }
}

/// FNV-1a over the bytes of a word, one step per byte: [`word_hash_step`] from
/// [`WORD_HASH_START`] gives the hash of every prefix on the way, which the clause index uses.
pub fn word_hash(word: &str) -> u64 {
    word.bytes().fold(WORD_HASH_START, word_hash_step)
}

pub const WORD_HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

#[inline]
pub fn word_hash_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// Chinese characters, kana and their punctuation: written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF   // hiragana, katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xF900..=0xFAFF // compatibility ideographs
        | 0x31F0..=0x31FF // katakana extensions
        | 0xFF66..=0xFF9F // half-width katakana
        | 0x20000..=0x2FA1F)
}

/// Traditional Chinese characters of the deal's vocabulary, with their simplified forms (sorted):
/// a Taiwanese or Hong Kong article ("微軟", "獨家", "開放權重") reads as the simplified words the
/// patterns spell. Patterns are tokenized alike, so a Japanese word holding one ("開発") still
/// matches itself. Generated from Unihan's kSimplifiedVariant (Debian's unicode-data,
/// Unihan_Variants.txt) for every character the Chinese rules spell (terms.toml's `zh` rules,
/// cues.toml's `[zh]`): each traditional form whose simplified variant is that character
/// ("合作夥伴" reads as "合作伙伴", "當年" as "当年"); "著" stays itself, a simplified word of its own.
/// A small table rather than a conversion crate: one character for one, no phrase tables, and
/// nothing the rules do not spell.
const TRADITIONAL: &[(char, char)] = &[
    ('並', '并'),
    ('亞', '亚'),
    ('佈', '布'),
    ('佔', '占'),
    ('併', '并'),
    ('來', '来'),
    ('係', '系'),
    ('個', '个'),
    ('們', '们'),
    ('偉', '伟'),
    ('備', '备'),
    ('傢', '家'),
    ('傳', '传'),
    ('僅', '仅'),
    ('價', '价'),
    ('億', '亿'),
    ('償', '偿'),
    ('優', '优'),
    ('內', '内'),
    ('兩', '两'),
    ('別', '别'),
    ('則', '则'),
    ('創', '创'),
    ('劃', '划'),
    ('動', '动'),
    ('務', '务'),
    ('勝', '胜'),
    ('勢', '势'),
    ('勵', '励'),
    ('區', '区'),
    ('協', '协'),
    ('卻', '却'),
    ('員', '员'),
    ('問', '问'),
    ('啟', '启'),
    ('嗎', '吗'),
    ('噹', '当'),
    ('嚴', '严'),
    ('國', '国'),
    ('圍', '围'),
    ('圓', '圆'),
    ('團', '团'),
    ('埰', '采'),
    ('報', '报'),
    ('場', '场'),
    ('塊', '块'),
    ('夠', '够'),
    ('夥', '伙'),
    ('實', '实'),
    ('審', '审'),
    ('寫', '写'),
    ('將', '将'),
    ('專', '专'),
    ('對', '对'),
    ('導', '导'),
    ('屆', '届'),
    ('屬', '属'),
    ('幣', '币'),
    ('幺', '么'),
    ('幾', '几'),
    ('廠', '厂'),
    ('廢', '废'),
    ('廣', '广'),
    ('彈', '弹'),
    ('後', '后'),
    ('從', '从'),
    ('復', '复'),
    ('徵', '征'),
    ('態', '态'),
    ('慮', '虑'),
    ('應', '应'),
    ('戶', '户'),
    ('採', '采'),
    ('換', '换'),
    ('擁', '拥'),
    ('擇', '择'),
    ('據', '据'),
    ('擬', '拟'),
    ('攜', '携'),
    ('數', '数'),
    ('斷', '断'),
    ('於', '于'),
    ('時', '时'),
    ('暫', '暂'),
    ('曏', '向'),
    ('會', '会'),
    ('東', '东'),
    ('條', '条'),
    ('棄', '弃'),
    ('業', '业'),
    ('構', '构'),
    ('樓', '楼'),
    ('標', '标'),
    ('機', '机'),
    ('檯', '台'),
    ('檻', '槛'),
    ('權', '权'),
    ('歐', '欧'),
    ('歷', '历'),
    ('歸', '归'),
    ('決', '决'),
    ('沒', '没'),
    ('減', '减'),
    ('測', '测'),
    ('準', '准'),
    ('滿', '满'),
    ('漲', '涨'),
    ('潤', '润'),
    ('濟', '济'),
    ('為', '为'),
    ('無', '无'),
    ('營', '营'),
    ('爭', '争'),
    ('狀', '状'),
    ('獎', '奖'),
    ('獨', '独'),
    ('獲', '获'),
    ('現', '现'),
    ('產', '产'),
    ('畫', '画'),
    ('當', '当'),
    ('發', '发'),
    ('盤', '盘'),
    ('瞭', '了'),
    ('確', '确'),
    ('礎', '础'),
    ('種', '种'),
    ('稱', '称'),
    ('穀', '谷'),
    ('穫', '获'),
    ('筆', '笔'),
    ('節', '节'),
    ('範', '范'),
    ('簽', '签'),
    ('紀', '纪'),
    ('約', '约'),
    ('納', '纳'),
    ('級', '级'),
    ('終', '终'),
    ('組', '组'),
    ('結', '结'),
    ('絕', '绝'),
    ('給', '给'),
    ('統', '统'),
    ('經', '经'),
    ('維', '维'),
    ('網', '网'),
    ('線', '线'),
    ('練', '练'),
    ('總', '总'),
    ('績', '绩'),
    ('織', '织'),
    ('繳', '缴'),
    ('繼', '继'),
    ('續', '续'),
    ('纍', '累'),
    ('習', '习'),
    ('聞', '闻'),
    ('聯', '联'),
    ('聲', '声'),
    ('腦', '脑'),
    ('臺', '台'),
    ('與', '与'),
    ('興', '兴'),
    ('舊', '旧'),
    ('萬', '万'),
    ('蘋', '苹'),
    ('處', '处'),
    ('號', '号'),
    ('術', '术'),
    ('衕', '同'),
    ('裡', '里'),
    ('製', '制'),
    ('見', '见'),
    ('規', '规'),
    ('視', '视'),
    ('訂', '订'),
    ('計', '计'),
    ('訊', '讯'),
    ('訪', '访'),
    ('設', '设'),
    ('許', '许'),
    ('註', '注'),
    ('評', '评'),
    ('詢', '询'),
    ('該', '该'),
    ('認', '认'),
    ('說', '说'),
    ('調', '调'),
    ('談', '谈'),
    ('諒', '谅'),
    ('論', '论'),
    ('諾', '诺'),
    ('謠', '谣'),
    ('證', '证'),
    ('識', '识'),
    ('議', '议'),
    ('護', '护'),
    ('讀', '读'),
    ('變', '变'),
    ('讓', '让'),
    ('負', '负'),
    ('財', '财'),
    ('買', '买'),
    ('費', '费'),
    ('資', '资'),
    ('質', '质'),
    ('購', '购'),
    ('軍', '军'),
    ('軟', '软'),
    ('較', '较'),
    ('輪', '轮'),
    ('轉', '转'),
    ('辦', '办'),
    ('迴', '回'),
    ('這', '这'),
    ('進', '进'),
    ('運', '运'),
    ('過', '过'),
    ('達', '达'),
    ('遜', '逊'),
    ('遞', '递'),
    ('選', '选'),
    ('還', '还'),
    ('釋', '释'),
    ('銀', '银'),
    ('銷', '销'),
    ('錄', '录'),
    ('錢', '钱'),
    ('錶', '表'),
    ('鎊', '镑'),
    ('鏈', '链'),
    ('長', '长'),
    ('門', '门'),
    ('開', '开'),
    ('間', '间'),
    ('閤', '合'),
    ('關', '关'),
    ('闢', '辟'),
    ('陸', '陆'),
    ('隊', '队'),
    ('階', '阶'),
    ('際', '际'),
    ('隨', '随'),
    ('隻', '只'),
    ('雖', '虽'),
    ('雙', '双'),
    ('難', '难'),
    ('雲', '云'),
    ('電', '电'),
    ('韆', '千'),
    ('韓', '韩'),
    ('響', '响'),
    ('頁', '页'),
    ('項', '项'),
    ('順', '顺'),
    ('須', '须'),
    ('預', '预'),
    ('頒', '颁'),
    ('頗', '颇'),
    ('領', '领'),
    ('頭', '头'),
    ('頻', '频'),
    ('題', '题'),
    ('額', '额'),
    ('類', '类'),
    ('顧', '顾'),
    ('顯', '显'),
    ('風', '风'),
    ('颱', '台'),
    ('飛', '飞'),
    ('餘', '余'),
    ('館', '馆'),
    ('馬', '马'),
    ('駁', '驳'),
    ('騰', '腾'),
    ('驅', '驱'),
    ('驗', '验'),
    ('體', '体'),
    ('髮', '发'),
    ('鬆', '松'),
    ('鬚', '须'),
    ('麼', '么'),
    ('麽', '么'),
    ('點', '点'),
    ('齣', '出'),
    ('龍', '龙'),
];

/// The simplified form of a traditional character of [`TRADITIONAL`], else the character.
pub fn simplified(c: char) -> char {
    TRADITIONAL.binary_search_by_key(&c, |&(t, _)| t).map_or(c, |i| TRADITIONAL[i].1)
}

pub fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F)
}

/// French and Italian words that elide onto the next one: `l'accord` is `l'` and `accord`.
const ELIDED: &[&str] =
    &["l", "d", "n", "qu", "jusqu", "s", "c", "j", "m", "t", "lorsqu", "puisqu", "quoiqu", "dell", "all", "nell", "un"];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// Quotation marks, single and double, Western and CJK.
fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '\'' | '‘' | '’' | '「' | '」' | '『' | '』')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Full-width digits read as digits.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

fn is_word_char(c: char) -> bool {
    // ASCII, most of what is read, is a letter or not a word's at all (its digits are
    // `digit`'s): one test, not four.
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphanumeric() && !is_cjk(c) && !is_hangul(c) && digit(c).is_none()
}

fn push_lower(out: &mut String, c: char) {
    match c {
        'ſ' => out.push('s'),
        _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        _ => out.extend(c.to_lowercase()),
    }
}

/// The tokens of `text` within `segments` (byte ranges of `text`, in order; a clause whose
/// aside was taken out is two segments). Offsets are into `text`.
pub fn tokenize(text: &str, segments: &[Range<usize>]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    for seg in segments {
        let mut last_end: Option<usize> = None;
        let s = &text[seg.clone()];
        let mut it = s.char_indices().peekable();
        let mut pending_hyphen = false;
        while let Some((i, c)) = it.next() {
            let at = seg.start + i;
            let glued = last_end == Some(at);
            if c.is_whitespace() {
                pending_hyphen = false;
                continue;
            }
            if let Some(d) = digit(c) {
                let (norm, end) = read_number(&mut it, seg.start, d, at + c.len_utf8());
                push(&mut out, &mut last_end, at..end, norm, Kind::Number, pending_hyphen && glued);
                pending_hyphen = false;
                continue;
            }
            if is_word_char(c) {
                let (norm, end, possessive) = read_word(&mut it, seg.start, c, at);
                let hyphen = pending_hyphen && glued;
                push(&mut out, &mut last_end, at..end, norm, Kind::Word, hyphen);
                if let Some(t) = out.last_mut() {
                    t.possessive = possessive;
                    t.capital = c.is_uppercase();
                }
                pending_hyphen = false;
                continue;
            }
            if is_hangul(c) {
                let mut norm = String::from(c);
                let mut end = at + c.len_utf8();
                while let Some(&(j, n)) = it.peek() {
                    if is_hangul(n) || is_word_char(n) {
                        norm.push(n);
                        end = seg.start + j + n.len_utf8();
                        it.next();
                    } else {
                        break;
                    }
                }
                push(&mut out, &mut last_end, at..end, norm, Kind::Hangul, false);
                pending_hyphen = false;
                continue;
            }
            if is_cjk(c) {
                push(&mut out, &mut last_end, at..at + c.len_utf8(), simplified(c).to_string(), Kind::Cjk, false);
                pending_hyphen = false;
                continue;
            }
            // Quotation marks are no words: a reporter who quotes the terms' own words ("unless
            // Microsoft ‘cannot or chooses not to’ support them", “primary cloud partner”) states
            // them, and a pattern reads them as if unquoted. Whose words they are is read from
            // the text (`sentences::quoted`), not from tokens. A "'" before digits stays: "'31".
            if is_quote_mark(c)
                && !(matches!(c, '\'' | '’' | '‘') && it.peek().is_some_and(|&(_, n)| n.is_ascii_digit()))
            {
                continue;
            }
            if is_hyphen(c) {
                // Joins the next word to this one when written between two words.
                let next_is_word = it.peek().is_some_and(|&(_, n)| is_word_char(n) || digit(n).is_some());
                if glued && next_is_word && out.last().is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Number)) {
                    pending_hyphen = true;
                    last_end = Some(at + c.len_utf8());
                    continue;
                }
            }
            let (norm, kind) = match c {
                '$' | '€' | '£' | '¥' | '₩' | '￥' | '%' | '％' | '＄' => {
                    let n = match c {
                        '％' => '%',
                        '＄' => '$',
                        '￥' => '¥',
                        _ => c,
                    };
                    (n.to_string(), Kind::Symbol)
                }
                ',' | ';' | ':' | '(' | ')' | '[' | ']' | '{' | '}' | '、' | '，' | '；' | '：' | '（' | '）'
                | '【' | '】' | '|' => (fold_punct(c).to_string(), Kind::Punct { barrier: true }),
                _ => (fold_punct(c).to_string(), Kind::Punct { barrier: false }),
            };
            push(&mut out, &mut last_end, at..at + c.len_utf8(), norm, kind, false);
            pending_hyphen = false;
        }
    }
    out
}

/// The chars of a string being tokenized: `(byte offset in the segment, char)`.
type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// A number from its first digit `d` (which ends at `first_end`): digits, with a `.` or `,`
/// between digits. Returns its normal form and where it ends.
fn read_number(it: &mut Chars<'_>, seg_start: usize, d: char, first_end: usize) -> (String, usize) {
    let mut norm = String::from(d);
    let mut end = first_end;
    while let Some(&(j, n)) = it.peek() {
        if let Some(d) = digit(n) {
            norm.push(d);
            end = seg_start + j + n.len_utf8();
            it.next();
        } else if matches!(n, '.' | ',') {
            let mut look = it.clone();
            look.next();
            match look.peek() {
                Some(&(_, m)) if digit(m).is_some() => {
                    norm.push(n);
                    it.next();
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    (norm, end)
}

/// A word from its first char `c` at `at`: word chars, an apostrophe inside (`can't`,
/// `OpenAI's`), an elided article as a word of its own (`l'accord`), a possessive `'s` or `s'`.
/// Returns its normal form, where it ends, and whether it is possessive.
fn read_word(it: &mut Chars<'_>, seg_start: usize, c: char, at: usize) -> (String, usize, bool) {
    // Room for most words at once: grown a byte at a time, a word was allocated three times.
    let mut norm = String::with_capacity(16);
    push_lower(&mut norm, c);
    let mut end = at + c.len_utf8();
    while let Some(&(j, n)) = it.peek() {
        if is_word_char(n) {
            push_lower(&mut norm, n);
            end = seg_start + j + n.len_utf8();
            it.next();
        } else if is_apostrophe(n) {
            // An apostrophe inside a word: `can't`, `OpenAI's`; or an elided article
            // that is a word of its own: `l'accord`, `jusqu'en`, `d'ici`.
            let mut look = it.clone();
            look.next();
            match look.peek() {
                Some(&(k, m)) if is_word_char(m) => {
                    if ELIDED.contains(&norm.as_str()) {
                        norm.push('\'');
                        it.next();
                        end = seg_start + k;
                        break;
                    }
                    norm.push('\'');
                    it.next();
                    end = seg_start + k;
                }
                // An elided word written alone, as cue words and patterns write
                // it (`n'`, `qu'`): the same token as in `n'a`, `qu'il`.
                None if ELIDED.contains(&norm.as_str()) => {
                    norm.push('\'');
                    if let Some((j, n)) = it.next() {
                        end = seg_start + j + n.len_utf8();
                    }
                    break;
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    let mut possessive = false;
    if let Some(stem) = norm.strip_suffix("'s")
        && !stem.is_empty()
    {
        norm.truncate(stem.len());
        possessive = true;
    } else if norm.ends_with("s'") {
        possessive = true;
    }
    // A plural possessive written as `s'`: the apostrophe follows the word.
    if let Some(&(j, n)) = it.peek()
        && is_apostrophe(n)
        && norm.ends_with('s')
        && !possessive
    {
        let mut look = it.clone();
        look.next();
        if look.peek().is_none_or(|&(_, m)| !is_word_char(m)) {
            possessive = true;
            end = seg_start + j + n.len_utf8();
            it.next();
        }
    }
    (norm, end, possessive)
}

fn push(
    out: &mut Vec<Token>,
    last_end: &mut Option<usize>,
    range: Range<usize>,
    norm: String,
    kind: Kind,
    hyphen: bool,
) {
    let glued = *last_end == Some(range.start) || hyphen;
    *last_end = Some(range.end);
    let hash = word_hash(&norm);
    out.push(Token { range, norm, kind, possessive: false, glued, hyphen, capital: false, hash });
}

/// Full-width punctuation as its ASCII twin, so that one pattern reads both.
fn fold_punct(c: char) -> char {
    match c {
        '，' | '、' => ',',
        '；' => ';',
        '：' => ':',
        '（' => '(',
        '）' => ')',
        '【' => '[',
        '】' => ']',
        '’' | '‘' | 'ʼ' => '\'',
        '！' => '!',
        '？' => '?',
        _ => c,
    }
}

/// The norms of the tokens [`tokenize_all`] reads in `word` when it is plain: letters alone
/// (one token, lower-cased), Chinese or Japanese characters alone (a token each) or Hangul alone
/// (one token, as written); `None` for anything else (digits, apostrophes, hyphens, punctuation,
/// mixed scripts), which only the tokenizer reads. Parsing the rules asks this of ten thousand
/// pattern words, most of them plain words of other languages than English: the tokenizer's
/// general path was a fifth of compiling the rules.
pub fn plain_word_norms(word: &str) -> Option<Vec<String>> {
    let first = word.chars().next()?;
    if is_word_char(first) {
        let mut norm = String::with_capacity(word.len());
        for c in word.chars() {
            if !is_word_char(c) {
                return None;
            }
            push_lower(&mut norm, c);
        }
        Some(vec![norm])
    } else if is_cjk(first) {
        word.chars().map(|c| is_cjk(c).then(|| simplified(c).to_string())).collect()
    } else if is_hangul(first) {
        word.chars().all(is_hangul).then(|| vec![word.to_string()])
    } else {
        None
    }
}

/// The tokens of a whole string (a pattern word, a cue, a party name).
pub fn tokenize_all(text: &str) -> Vec<Token> {
    tokenize(text, std::slice::from_ref(&(0..text.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokenize_all(text).into_iter().map(|t| t.norm).collect()
    }

    /// The plain words' shortcut reads what the tokenizer reads, word for word: every word of
    /// the repository's patterns and cue words that it takes, and words of each script it
    /// refuses or takes.
    #[test]
    fn plain_words_read_as_the_tokenizer_reads_them() {
        let terms = include_str!("../../tests/fixtures/terms.toml");
        let cues = include_str!("cues.toml");
        let mut taken = 0;
        let words = terms
            .split(|c: char| c.is_whitespace() || "\"()[]{}|*=,.&".contains(c))
            .chain(cues.split(|c: char| c.is_whitespace() || "\"()[]{}|*=,.&".contains(c)));
        let more = [
            "Exklusivität",
            "Übernahme",
            "ſtake",
            "İstanbul",
            "微軟",
            "股份",
            "마이크로소프트",
            "AI기업",
            "can't",
            "non-binding",
            "2030年",
            "l'accord",
            "OpenAI's",
            "x",
        ];
        for w in words.chain(more) {
            let Some(norms) = plain_word_norms(w) else { continue };
            taken += 1;
            let toks: Vec<String> = tokenize_all(w).into_iter().map(|t| t.norm).collect();
            assert_eq!(norms, toks, "{w}");
            for t in tokenize_all(w) {
                assert!(!t.possessive && !t.hyphen && !t.glued || t.kind == Kind::Cjk, "{w}");
            }
        }
        assert!(taken > 5000, "most pattern words are plain ({taken})");
        for w in ["can't", "non-binding", "2030年", "l'accord", "OpenAI's", "AI기업", "27%", "", "$"] {
            assert_eq!(plain_word_norms(w), None, "{w}");
        }
    }

    #[test]
    fn words_possessives_hyphens_and_contractions() {
        let t = tokenize_all("OpenAI’s non-binding MOU can't bind Microsofts' rivals.");
        let n: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(n, ["openai", "non", "binding", "mou", "can't", "bind", "microsofts", "rivals", "."]);
        assert!(t[0].possessive);
        assert!(t[2].hyphen && t[2].glued);
        assert!(t[6].possessive);
    }

    #[test]
    fn an_elided_word_written_alone_is_the_token_it_is_in_text() {
        assert_eq!(norms("n'"), ["n'"]);
        assert_eq!(norms("qu'"), ["qu'"]);
        assert_eq!(norms("Microsoft n'a plus"), ["microsoft", "n'", "a", "plus"]);
        assert_eq!(norms("the partners'"), ["the", "partners"]);
    }

    #[test]
    fn numbers_keep_their_separators_and_split_from_units() {
        assert_eq!(
            norms("$135bn, 32.5% and 1,350 in FY2030."),
            ["$", "135", "bn", ",", "32.5", "%", "and", "1,350", "in", "fy", "2030", "."]
        );
        let t = tokenize_all("135bn 2030s");
        assert!(t[1].glued && t[3].glued);
        assert!(!t[2].glued);
    }

    #[test]
    fn cjk_characters_are_tokens_and_hangul_words_keep_particles() {
        assert_eq!(norms("微软持有27%的股份。"), ["微", "软", "持", "有", "27", "%", "的", "股", "份", "。"]);
        assert_eq!(norms("마이크로소프트는 2032년까지"), ["마이크로소프트는", "2032", "년까지"]);
        assert_eq!(norms("２０３０年"), ["2030", "年"]);
    }

    #[test]
    fn offsets_point_into_the_text_across_segments() {
        let text = "every model — from one to the next — runs on Azure";
        let a = 0..text.find(" —").expect("dash");
        let b = text.rfind("— ").expect("dash") + "— ".len()..text.len();
        let t = tokenize(text, &[a, b]);
        let words: Vec<&str> = t.iter().map(|t| &text[t.range.clone()]).collect();
        assert_eq!(words, ["every", "model", "runs", "on", "Azure"]);
        assert!(!t[2].glued);
    }

    /// Traditional characters read as the simplified ones the patterns spell; the text's byte
    /// ranges stay those of what it wrote, and other characters are left alone.
    #[test]
    fn traditional_chinese_reads_as_simplified() {
        assert_eq!(norms("微軟獨家雲"), norms("微软独家云"));
        assert_eq!(norms("開放權重"), ["开", "放", "权", "重"]);
        let t = tokenize_all("微軟");
        assert_eq!(t[1].range, 3..6);
        assert_eq!(norms("オープンAI"), ["オ", "ー", "プ", "ン", "ai"]);
        assert!(TRADITIONAL.windows(2).all(|w| w[0].0 < w[1].0), "sorted for the binary search");
    }
}
