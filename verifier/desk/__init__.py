"""The reviewer's desk: what compliance officers see of a batch's records.

    records.py  read a records file (JSON Lines from `batch`) and its reviews file; one call's
                view (lanes, evidence marks, words heard) made safe to show
    charts.py   the charts (Vega-Lite through altair; SVG through vl-convert) and the timeline spec
    report.py   `consent-verifier report`: one self-contained HTML file, and the delete list
    review.py   `consent-verifier review`: a local web application (Starlette) for the review queue

The desk only reads records: nothing here imports the speech stack (``verifier.verify``,
faster-whisper) or the batch, and nothing changes a records file. Review decisions go to a
separate, append-only file beside it (``RECORDS.reviews.jsonl``).
"""
