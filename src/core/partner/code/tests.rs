//! The partner code: round trips, the check character's guarantees, and that nothing a
//! person or a random string can type ever panics.

use super::*;
use crate::core::bank::{AreaId, AREAS};
use crate::core::bank::{BANK_V1, RETIRED};
use crate::core::json::{parse, Json};

use crate::core::plan::generate::Rng;

/// Random numbers below `n`, from the generator's own seeded source.
trait Below {
    fn below(&mut self, n: u64) -> u64;
}

impl Below for Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn random_answers(rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    let skip = rng.below(4); // 0: none skipped … 3: many
    for q in 0..QUESTION_COUNT {
        if rng.below(10) < skip * 3 {
            continue;
        }
        answers.set(q, Answer::SCALE[rng.below(5) as usize]);
    }
    answers
}

/// A code that carries area scores only.
fn scores_only(scores: [Option<u8>; AREA_COUNT]) -> PartnerView {
    PartnerView { scores, answers: None, bank: BANK_VERSION }
}

fn random_scores(rng: &mut Rng) -> [Option<u8>; AREA_COUNT] {
    std::array::from_fn(|_| if rng.below(8) == 0 { None } else { Some(rng.below(101) as u8) })
}

fn random_code(rng: &mut Rng) -> String {
    if rng.below(2) == 0 {
        encode(&scores_only(random_scores(rng)))
    } else {
        encode(&PartnerView::of(&random_answers(rng), true))
    }
}

fn plain(code: &str) -> Vec<char> {
    code.chars().filter(|c| *c != '-').collect()
}

#[test]
fn lengths_and_groups_are_short_enough_to_read_aloud() {
    let short = encode(&scores_only([Some(50); AREA_COUNT]));
    assert_eq!(plain(&short).len(), 13);
    assert_eq!(short.len(), 16, "three groups of four and one: {short}");
    let long = encode(&PartnerView::of(&Answers::new(), true));
    assert_eq!(plain(&long).len(), 20);
    assert!(long.split('-').all(|g| g.len() <= 4), "{long}");
    assert!(!short.chars().any(|c| "ILOU".contains(c)));
}

#[test]
fn every_area_score_combination_round_trips() {
    let mut rng = Rng(1);
    // Every value in every area, "not enough answers" included…
    for area in 0..AREA_COUNT {
        for value in (0..=100).map(Some).chain([None]) {
            let mut scores = random_scores(&mut rng);
            scores[area] = value;
            let view = scores_only(scores);
            assert_eq!(decode(&encode(&view)), Ok(view));
        }
    }
    // …and many random mixes.
    for _ in 0..100_000 {
        let view = scores_only(random_scores(&mut rng));
        assert_eq!(decode(&encode(&view)), Ok(view));
    }
}

#[test]
fn every_answer_combination_round_trips_with_its_scores() {
    let mut rng = Rng(2);
    for _ in 0..100_000 {
        let answers = random_answers(&mut rng);
        let view = PartnerView::of(&answers, true);
        let read = decode(&encode(&view)).unwrap();
        assert_eq!(read.answers.as_ref(), Some(&answers));
        assert_eq!(read.scores, PartnerView::of(&answers, false).scores, "the scores follow from the answers");
    }
    let all_max = {
        let mut a = Answers::new();
        (0..QUESTION_COUNT).for_each(|q| a.set(q, Answer::StronglyAgree));
        a
    };
    assert_eq!(decode(&encode(&PartnerView::of(&all_max, true))).unwrap().answers, Some(all_max));
}

#[test]
fn reading_ignores_case_spaces_and_dashes_and_takes_i_l_o_for_digits() {
    let code = encode(&scores_only([Some(10), Some(11), Some(0), None, Some(100), Some(1), Some(0), Some(99)]));
    let view = decode(&code).unwrap();
    assert_eq!(decode(&code.to_lowercase()), Ok(view.clone()));
    assert_eq!(decode(&format!("  {}  ", code.replace('-', " "))), Ok(view.clone()));
    assert_eq!(decode(&code.replace('-', "")), Ok(view.clone()));
    let lookalikes: String = code.chars().map(|c| match c { '1' => 'l', '0' => 'O', c => c }).collect();
    assert_eq!(decode(&lookalikes), Ok(view.clone()));
    let eye: String = code.chars().map(|c| if c == '1' { 'I' } else { c }).collect();
    assert_eq!(decode(&eye), Ok(view));
}

/// Whether the check character still matches (what decoding tests first).
fn checks(symbols: &[u8]) -> bool {
    let (last, data) = symbols.split_last().unwrap();
    check(data) == *last
}

fn symbols_of(code: &str) -> Vec<u8> {
    symbols(code).unwrap()
}

#[test]
fn the_check_catches_every_single_wrong_character_and_every_neighbour_swap() {
    let mut rng = Rng(3);
    let (mut substitutions, mut swaps) = (0, 0);
    for n in 0..10_000 {
        let code = symbols_of(&random_code(&mut rng));
        assert!(checks(&code));
        for i in 0..code.len() {
            for s in 0..32u8 {
                if s == code[i] {
                    continue;
                }
                let mut typo = code.clone();
                typo[i] = s;
                assert!(!checks(&typo), "{code:?} at {i}");
                substitutions += 1;
            }
            if i + 1 < code.len() && code[i] != code[i + 1] {
                let mut typo = code.clone();
                typo.swap(i, i + 1);
                assert!(!checks(&typo), "{code:?} swapped at {i}");
                swaps += 1;
            }
        }
        // And through the whole reader, for a sample.
        if n % 100 == 0 {
            let typed: String = code.iter().map(|&s| char::from(ALPHABET[usize::from(s)])).collect();
            let mut chars: Vec<char> = typed.chars().collect();
            chars.swap(2, 3);
            if chars[2] != chars[3] {
                assert_eq!(decode(&chars.iter().collect::<String>()), Err(CodeProblem::Mistake));
            }
        }
    }
    assert!(substitutions > 4_000_000 && swaps > 100_000, "{substitutions} {swaps}");
}

#[test]
fn every_truncation_and_random_strings_are_errors_never_panics() {
    let mut rng = Rng(4);
    for _ in 0..2_000 {
        let code = plain(&random_code(&mut rng));
        for end in 0..code.len() {
            let cut: String = code[..end].iter().collect();
            assert!(decode(&cut).is_err(), "{cut}");
        }
    }
    let pool: Vec<char> = "0123456789ABCDEFGHJKMNPQRSTVWXYZabcxyz-- iloOUu!é💛\u{0}".chars().collect();
    let mut valid = 0;
    for _ in 0..1_000_000 {
        let len = rng.below(24) as usize;
        let s: String = (0..len).map(|_| pool[rng.below(pool.len() as u64) as usize]).collect();
        if decode(&s).is_ok() {
            valid += 1;
        }
    }
    // A random string of the right length passes the check 1 time in 32, and then must
    // also have zero padding and in-range values; rare, and never a panic.
    assert!(valid < 2_000, "{valid}");
}

#[test]
fn each_bad_code_gets_its_own_problem() {
    assert_eq!(decode(""), Err(CodeProblem::Empty));
    assert_eq!(decode(" - "), Err(CodeProblem::Empty));
    assert_eq!(decode("ABCD-EFUH-JKMN"), Err(CodeProblem::BadCharacter { group: 2 }));
    assert_eq!(decode("ABCDEFGH!JKM"), Err(CodeProblem::BadCharacter { group: 3 }));
    let code = encode(&scores_only([Some(40); AREA_COUNT]));
    assert_eq!(decode(&code[..9]), Err(CodeProblem::TooShort));
    assert_eq!(decode(&format!("{code}-ABCD-EFGH")), Err(CodeProblem::TooLong));
    let mut typo = plain(&code);
    typo[5] = if typo[5] == 'A' { 'B' } else { 'A' };
    assert_eq!(decode(&typo.iter().collect::<String>()), Err(CodeProblem::Mistake));
}

#[test]
fn a_code_from_a_newer_version_says_so() {
    // Version 3 in the first three bits, whatever follows.
    let mut data: Vec<u8> = vec![3 << 2; CURRENT.scores_len()];
    data.push(check(&data));
    let code: String = data.iter().map(|&s| char::from(ALPHABET[usize::from(s)])).collect();
    assert_eq!(decode(&code), Err(CodeProblem::Newer));
    // Even at a length this version never writes.
    let mut long: Vec<u8> = vec![6 << 2; 21];
    long.push(check(&long));
    let code: String = long.iter().map(|&s| char::from(ALPHABET[usize::from(s)])).collect();
    assert_eq!(decode(&code), Err(CodeProblem::Newer));
    // A typo in the first character of today's code is a typo, not a newer version.
    let mut typo = symbols(&encode(&scores_only([Some(40); AREA_COUNT]))).unwrap();
    typo[0] = 30;
    let typed: String = typo.iter().map(|&s| char::from(ALPHABET[usize::from(s)])).collect();
    assert_eq!(decode(&typed), Err(CodeProblem::Mistake));
}

#[test]
fn gf32_multiplication_is_a_field() {
    for a in 1..32u8 {
        assert!((1..32u8).any(|b| gf_mul(a, b) == 1), "{a} has an inverse");
        for b in 1..32u8 {
            assert_ne!(gf_mul(a, b), 0);
        }
    }
    // 2 generates every non-zero element: the weights of 16 characters are all different.
    let mut seen = std::collections::BTreeSet::new();
    let mut w = 1;
    for _ in 0..31 {
        w = gf_mul(w, 2);
        seen.insert(w);
    }
    assert_eq!(seen.len(), 31);
}

#[test]
fn each_format_has_room_for_its_answers_and_nothing_more() {
    for f in FORMATS {
        let room = 1u128 << f.answer_bits;
        let need = 6u128.pow(f.answers as u32);
        assert!(need <= room && need > room / 2, "format {}", f.version);
        assert!(f.answers_len() < 31, "every data character needs its own weight");
    }
    assert_eq!((V1.scores_len(), V1.answers_len()), (11, 16), "0.4.0's lengths");
}

/// The partner codes 0.4.0 wrote, with what they carry.
fn bank_1_codes() -> Json {
    parse(include_str!("../../../../tests/fixtures/bank-v1/codes.json")).unwrap()
}

#[test]
fn a_code_from_0_4_0_with_answers_still_reads_every_answer_bank_2_still_asks() {
    let fixture = bank_1_codes();
    let view = decode(fixture.get("answers_code").unwrap().as_str().unwrap()).unwrap();
    assert!(view.is_older());
    let answers = view.answers.as_ref().unwrap();
    let expected = fixture.get("their_answers").unwrap().as_object().unwrap();
    assert_eq!(expected.len(), 28);
    for (id, value) in expected {
        assert_eq!(answers.get_id(id).map(Answer::value), Some(value.as_u64().unwrap() as u8), "{id}");
    }
    // Retired statements are kept, so the code reads back the same, and count in no score.
    assert_eq!(encode(&view), fixture.get("answers_code").unwrap().as_str().unwrap());
    assert!(RETIRED.iter().all(|id| answers.get_id(id).is_some()));
    assert_eq!(view.scores, PartnerView::of(&answers.scored_only(), false).scores);
    // The shared areas are scored from those answers; repair was not asked.
    assert_eq!(view.scores[AreaId::Repair.index()], None);
    assert!(view.scores[..7].iter().all(Option::is_some));
}

#[test]
fn a_code_from_0_4_0_with_scores_only_compares_the_seven_areas_it_has() {
    let fixture = bank_1_codes();
    let view = decode(fixture.get("scores_code").unwrap().as_str().unwrap()).unwrap();
    assert!(view.is_older() && view.answers.is_none());
    let expected = fixture.get("their_scores").unwrap();
    for area in &AREAS[..7] {
        assert_eq!(view.scores[area.index()], expected.get(area.key()).and_then(Json::as_u64).map(|n| n as u8), "{area:?}");
    }
    assert_eq!(view.scores[AreaId::Repair.index()], None);
}

#[test]
fn format_1_still_reads_for_any_answers_and_scores() {
    let mut rng = Rng(9);
    for _ in 0..20_000 {
        let answers = random_answers(&mut rng);
        let read = decode(&encode_in(&V1, &PartnerView::of(&answers, true))).unwrap();
        assert_eq!(read.bank, 1);
        for (i, id) in BANK_V1.iter().enumerate() {
            let p = V1_POSITIONS[i].into();
            assert_eq!(read.answers.as_ref().unwrap().get(p), answers.get(p), "{id}");
        }
        let mut scores = random_scores(&mut rng);
        let read = decode(&encode_in(&V1, &scores_only(scores))).unwrap();
        scores[7] = None;
        assert_eq!((read.scores, read.bank), (scores, 1));
    }
    assert_eq!(decode(&encode_in(&V1, &scores_only([Some(1); AREA_COUNT]))).map(|v| v.bank), Ok(1));
}
