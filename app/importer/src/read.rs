//! From the bytes of a file to a table of text cells. Real files come out of spreadsheets: a UTF-8
//! byte-order mark, Windows-1252 or UTF-16 text, `;` or `,` or tab separators, quoted cells that run
//! over several lines. None of that is the coordinator's problem: it is read as it is.

use crate::FileError;

/// The file's text and the encoding it was read in, for the report.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), FileError> {
    if bytes.is_empty() {
        return Err(FileError::Empty);
    }
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(FileError::Encoding(encoding.name()));
        }
        return Ok((text.into_owned(), encoding.name()));
    }
    // NUL bytes do not occur in text: an image, a spreadsheet file or an archive was sent.
    if bytes.contains(&0) {
        return Err(FileError::NotText);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_owned(), "UTF-8")),
        // Not UTF-8: the other encoding spreadsheets save text in. Every byte means something there.
        Err(_) => Ok((encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(), "windows-1252")),
    }
}

/// One row of a table, with the line it starts on in the file (1 is the header).
#[derive(Debug, Clone)]
pub struct Row {
    pub line: usize,
    cells: Vec<String>,
}

/// A CSV file read whole: its header and its rows.
#[derive(Debug, Clone)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
    pub separator: char,
}

fn bytecount(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| **b == b'\n').count()
}

/// The separator of the header line: the one of `;`, `,` and tab found most often outside quotes.
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let mut counts = [(b';', 0usize), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (sep, n) in counts.iter_mut() {
                if b == *sep {
                    *n += 1;
                }
            }
        }
    }
    counts.iter().max_by_key(|(_, n)| *n).map_or(b',', |(s, _)| *s)
}

impl Table {
    pub fn parse(text: &str) -> Result<Table, FileError> {
        let sep = separator(text);
        let mut reader = csv::ReaderBuilder::new().delimiter(sep).flexible(true).has_headers(true).from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| FileError::Csv(e.to_string()))?
            .iter()
            .map(|h| h.trim().trim_start_matches('\u{feff}').to_owned())
            .collect();
        if headers.iter().all(String::is_empty) {
            return Err(FileError::Empty);
        }
        let mut rows = Vec::new();
        let mut record = csv::StringRecord::new();
        // Lines counted so far, up to which byte: counting from the start for each record would be
        // quadratic in the file's size.
        let (mut counted, mut lines) = (0usize, 0usize);
        loop {
            // Where the next record starts: the reader stands just past the previous one. (A record's
            // own `position()` is not reliable once the header has been read.)
            let start = (reader.position().byte() as usize).min(text.len());
            if !reader.read_record(&mut record).map_err(|e| FileError::Csv(e.to_string()))? {
                break;
            }
            // Blank lines before the record are skipped by the reader: count from its first character.
            let skipped = text[start..].bytes().take_while(|b| *b == b'\n' || *b == b'\r').filter(|b| *b == b'\n').count();
            lines += bytecount(&text.as_bytes()[counted.min(start)..start]);
            counted = counted.max(start);
            let line = 1 + lines + skipped;
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            rows.push(Row { line, cells: record.iter().map(str::to_owned).collect() });
        }
        Ok(Table { headers, rows, separator: sep as char })
    }

    pub fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h.eq_ignore_ascii_case(name))
    }

    /// The positions of `names`, or the first one missing.
    pub fn require(&self, format: &'static str, names: &[&'static str]) -> Result<Vec<usize>, FileError> {
        names.iter().map(|n| self.column(n).ok_or(FileError::MissingColumn { format, column: n })).collect()
    }

    pub fn has_all(&self, names: &[&str]) -> bool {
        names.iter().all(|n| self.column(n).is_some())
    }
}

impl Row {
    /// The cell at `column`, trimmed; empty when the row is short.
    pub fn get(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", |c| c.trim())
    }

    /// The cell of the column named `name` in `table`, if the table has it.
    pub fn named<'a>(&'a self, table: &Table, name: &str) -> &'a str {
        table.column(name).map_or("", |c| self.get(c))
    }

    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }
}

/// A cell as an optional value: empty cells are absent.
pub fn non_empty(cell: &str) -> Option<String> {
    let cell = cell.trim();
    (!cell.is_empty()).then(|| cell.to_owned())
}

/// A street address with its complement (« 10 Rue de la Poste, Le Château »).
pub fn street(adresse: &str, complement: &str) -> String {
    match (adresse.trim(), complement.trim()) {
        (a, "") => a.to_owned(),
        (a, c) => format!("{a}, {c}"),
    }
}

/// A SIRET as spreadsheets mangle it (« 20007055500087.0 », « 200 070 555 00087 », leading zero lost):
/// 14 digits, or nothing. « 00000000000000 » is a placeholder, not a SIRET.
pub fn siret(cell: &str) -> Option<String> {
    let cell = cell.trim();
    let cell = cell.strip_suffix(".0").unwrap_or(cell);
    let digits: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 14 || digits.len() < 13 {
        return None;
    }
    let siret = format!("{digits:0>14}");
    (siret != "00000000000000").then_some(siret)
}

/// A postal or INSEE code whose leading zero a spreadsheet dropped (« 1000 » for « 01000 »).
pub fn code5(cell: &str) -> String {
    let cell = cell.trim();
    let cell = cell.strip_suffix(".0").unwrap_or(cell);
    if cell.len() == 4 && cell.bytes().all(|b| b.is_ascii_digit()) {
        format!("0{cell}")
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utf8_file_with_a_byte_order_mark_reads_without_it() {
        let (text, encoding) = decode("\u{feff}nom;commune\nMédiathèque;Belley\n".as_bytes()).unwrap();
        assert_eq!(encoding, "UTF-8");
        let table = Table::parse(&text).unwrap();
        assert_eq!(table.headers, ["nom", "commune"]);
        assert_eq!(table.rows[0].get(0), "Médiathèque");
    }

    #[test]
    fn a_windows_1252_file_reads_its_accents() {
        let bytes = b"nom;commune\nM\xe9diath\xe8que;Bell\xe9garde\n";
        let (text, encoding) = decode(bytes).unwrap();
        assert_eq!(encoding, "windows-1252");
        assert!(text.contains("Médiathèque"));
    }

    #[test]
    fn a_utf16_file_reads_too() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "nom,commune\nÉcole,Gex\n".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let (text, _) = decode(&bytes).unwrap();
        assert_eq!(Table::parse(&text).unwrap().rows[0].get(0), "École");
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        assert!(matches!(decode(b"PK\x03\x04\0\0"), Err(FileError::NotText)));
        assert!(matches!(decode(b""), Err(FileError::Empty)));
    }

    #[test]
    fn the_separator_is_the_one_the_header_uses_and_quoted_newlines_stay_in_their_cell() {
        let table = Table::parse("id;nom;commentaire\n1;\"A, B\";\"deux\nlignes\"\n2;C;\n").unwrap();
        assert_eq!(table.separator, ';');
        assert_eq!(table.rows[0].get(1), "A, B");
        assert_eq!(table.rows[0].get(2), "deux\nlignes");
        assert_eq!((table.rows[0].line, table.rows[1].line), (2, 4));
        let long_header = format!("{}\n1,2\n3,4\n", (0..40).map(|i| format!("colonne_{i}")).collect::<Vec<_>>().join(","));
        let lines: Vec<usize> = Table::parse(&long_header).unwrap().rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 3]);
        // A real file, whose first record the reader itself numbers 1.
        let real = Table::parse(include_str!("../seed/france-services-ain-20240801.csv")).unwrap();
        assert_eq!(real.rows.iter().take(3).map(|r| r.line).collect::<Vec<_>>(), [2, 3, 4]);
    }

    #[test]
    fn codes_get_back_the_leading_zero_a_spreadsheet_dropped() {
        assert_eq!(code5("1053"), "01053");
        assert_eq!(code5("01053"), "01053");
        assert_eq!(siret("20007055500087.0").as_deref(), Some("20007055500087"));
        assert_eq!(siret("2601009530017").as_deref(), Some("02601009530017"));
        assert_eq!(siret("00000000000000"), None);
        assert_eq!(siret("n/a"), None);
    }
}
