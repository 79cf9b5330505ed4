//! Training the tagger on real idner-news-2k sentences: the same settings give the same bytes,
//! and each training knob (the run ensemble, lexical dropout, loss-augmented decoding) really
//! changes the model it is meant to change.

use kliping_core::entities::gazetteer::GazetteerTexts;
use kliping_core::entities::train::{
    evaluate, read_conll, train, Sentence, TrainConfig, ANY_LABEL,
};
use kliping_core::entities::Model;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The first sentences of the training split: enough for a model that finds names, small
/// enough to train several times in a test.
fn sentences() -> Vec<Sentence> {
    let text = std::fs::read_to_string(format!("{ROOT}/data/idner-news-2k/train.txt")).unwrap();
    let mut all = read_conll(&text);
    assert!(all.len() > 1000);
    all.truncate(400);
    all
}

/// Trains without gazetteers or unlabelled news (a single stage).
fn fit(data: &[Sentence], cfg: TrainConfig) -> Model {
    train(data, GazetteerTexts::default(), cfg, &[], |_| {})
}

fn small(cfg: TrainConfig) -> TrainConfig {
    TrainConfig { epochs: 3, ..cfg }
}

#[test]
fn training_is_deterministic_with_every_knob_on() {
    let data = sentences();
    let cfg = small(TrainConfig {
        ensemble: 3,
        drop: 0.5,
        cost: 1.0,
        ..TrainConfig::default()
    });
    let a = fit(&data, cfg).to_bytes();
    let b = fit(&data, cfg).to_bytes();
    assert!(a == b, "two trainings with the same settings differ");
    // And what it learnt tags names: scored on the sentences it saw, far above nothing.
    let m = Model::from_bytes(&a).unwrap();
    let s = evaluate(&m, &data);
    assert!(s.micro.f1() > 0.5, "train-set F1 {:.3}", s.micro.f1());
}

#[test]
fn each_knob_changes_the_model() {
    let data = sentences();
    let base = small(TrainConfig {
        ensemble: 1,
        ..TrainConfig::default()
    });
    let plain = fit(&data, base).to_bytes();
    for (name, cfg) in [
        (
            "ensemble",
            TrainConfig {
                ensemble: 2,
                ..base
            },
        ),
        ("drop", TrainConfig { drop: 0.5, ..base }),
        ("cost", TrainConfig { cost: 1.0, ..base }),
    ] {
        assert!(fit(&data, cfg).to_bytes() != plain, "{name} had no effect");
    }
    // A second run averaged in keeps weights the first run alone left at zero.
    let one = fit(&data, base);
    let two = fit(
        &data,
        TrainConfig {
            ensemble: 2,
            ..base
        },
    );
    assert!(
        two.feature_count() > one.feature_count(),
        "{} features with 2 runs, {} with 1",
        two.feature_count(),
        one.feature_count()
    );
}

#[test]
fn extra_sentences_are_weighted_and_open_labels_teach_nothing_wrong() {
    let data = sentences();
    let base = small(TrainConfig {
        ensemble: 1,
        ..TrainConfig::default()
    });
    let plain = fit(&data, base).to_bytes();
    // With no sentence past `extra_from`, a weight changes nothing (so the default order, and
    // the shipped model's bytes, stay as they were); on the last 100 sentences it does.
    let none = TrainConfig {
        extra_from: data.len(),
        extra_weight: 3,
        ..base
    };
    assert!(fit(&data, none).to_bytes() == plain);
    let weighted = TrainConfig {
        extra_from: 300,
        extra_weight: 3,
        ..base
    };
    assert!(fit(&data, weighted).to_bytes() != plain);

    // The names of the last 100 sentences left open, or (wrongly) labelled `O`: scored on
    // those sentences' real labels, open labels must do better than false `O`s, which teach
    // the model that these names are no names.
    let masked = |with: usize| -> Vec<Sentence> {
        let mut d = data.clone();
        for s in &mut d[300..] {
            for l in &mut s.labels {
                if *l != 0 {
                    *l = with;
                }
            }
        }
        d
    };
    let open = fit(&masked(ANY_LABEL), base);
    let wrong = fit(&masked(0), base);
    let (a, b) = (
        evaluate(&open, &data[300..]).micro.f1(),
        evaluate(&wrong, &data[300..]).micro.f1(),
    );
    assert!(a > b + 0.05, "open labels {a:.3}, false O labels {b:.3}");
}
