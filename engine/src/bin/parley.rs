//! `parley annotate`: annotate text files to corpus JSON.
//!
//! ```text
//! parley annotate [--dct YYYY-MM-DD] FILE                 JSON to stdout
//! parley annotate [--dct YYYY-MM-DD] --out-dir DIR FILE…  DIR/<stem>.json each
//! ```
//!
//! Without `--dct` the publication date is detected in each text; when none
//! is found, today's date is used and a line on stderr says so. Bad input
//! (missing file, not UTF-8, malformed date or option) exits with status 2
//! and one line on stderr naming it.

use parley_engine::{annotate, corpus_json, DctSource, Options, Ymd};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: parley annotate [--dct YYYY-MM-DD] [--out-dir DIR] FILE...";

struct Args {
    dct: Option<Ymd>,
    out_dir: Option<PathBuf>,
    files: Vec<PathBuf>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("annotate") => {}
        Some("-h" | "--help" | "help") => return Err(String::new()),
        Some(other) => return Err(format!("unknown command {other:?}; {USAGE}")),
        None => return Err(USAGE.to_string()),
    }
    let mut out = Args { dct: None, out_dir: None, files: Vec::new() };
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| {
            inline.clone().or_else(|| it.next().cloned()).ok_or_else(|| format!("{name} needs a value; {USAGE}"))
        };
        match flag {
            "--dct" => {
                let v = value("--dct")?;
                // an empty --dct (as from a gold file without one) means: detect
                if !v.trim().is_empty() {
                    out.dct = Some(Ymd::parse(&v).ok_or_else(|| {
                        format!("--dct {v:?} is not a valid date: expected YYYY-MM-DD, e.g. 2022-02-28")
                    })?);
                }
            }
            "--out-dir" => out.out_dir = Some(PathBuf::from(value("--out-dir")?)),
            "-h" | "--help" => return Err(String::new()),
            f if f.starts_with("--") => return Err(format!("unknown option {f:?}; {USAGE}")),
            _ => out.files.push(PathBuf::from(arg)),
        }
    }
    if out.files.is_empty() {
        return Err(format!("no input file; {USAGE}"));
    }
    if out.files.len() > 1 && out.out_dir.is_none() {
        return Err(format!("several files need --out-dir DIR; {USAGE}"));
    }
    Ok(out)
}

fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: cannot read: {}", path.display(), io_reason(&e)))?;
    String::from_utf8(bytes).map_err(|e| {
        format!("{}: not UTF-8 text (invalid byte at offset {})", path.display(), e.utf8_error().valid_up_to())
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ if e.raw_os_error() == Some(21) => "is a directory".into(),
        _ => e.to_string(),
    }
}

fn today() -> Ymd {
    // The engine's jiff is built without std (smaller wasm), so the clock is std's.
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let ts = jiff::Timestamp::from_second(secs as i64).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    Ymd::from_civil(ts.to_zoned(jiff::tz::TimeZone::UTC).date())
}

fn annotate_file(path: &Path, args: &Args) -> Result<String, String> {
    let text = read_text(path)?;
    let options = Options { dct: args.dct, fallback_dct: Some(today()) };
    let doc = annotate(&text, &options);
    if doc.dct_source == DctSource::Assumed {
        eprintln!(
            "parley: {}: no publication date found in the text; dates resolved against today ({}); give --dct to set it",
            path.display(),
            doc.dct.map(|d| d.to_string()).unwrap_or_default()
        );
    }
    let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let json = corpus_json::to_corpus(&id, &text, &doc);
    serde_json::to_string_pretty(&json).map_err(|e| format!("{}: cannot write JSON: {e}", path.display()))
}

fn run(args: &Args) -> Result<(), String> {
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("--out-dir {}: cannot create: {}", dir.display(), io_reason(&e)))?;
        for path in &args.files {
            let json = annotate_file(path, args)?;
            let stem = path.file_stem().ok_or_else(|| format!("{}: no file name", path.display()))?;
            let out = dir.join(Path::new(stem).with_extension("json"));
            std::fs::write(&out, json + "\n")
                .map_err(|e| format!("{}: cannot write: {}", out.display(), io_reason(&e)))?;
        }
        Ok(())
    } else {
        let json = annotate_file(&args.files[0], args)?;
        let mut stdout = std::io::stdout().lock();
        // a closed pipe (`parley … | head`) is not an error worth a message
        let _ = writeln!(stdout, "{json}");
        Ok(())
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let result = parse_args(&argv).and_then(|args| run(&args));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) if msg.is_empty() => {
            println!("{USAGE}\n\nAnnotates news text with actors, places, dates and demands (corpus JSON).\n  --dct YYYY-MM-DD  publication date (default: detected in the text, else today)\n  --out-dir DIR     write DIR/<file stem>.json for each FILE");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("parley: {msg}");
            ExitCode::from(2)
        }
    }
}
