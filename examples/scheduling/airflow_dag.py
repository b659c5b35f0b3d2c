"""An Airflow DAG that runs newsbeam incrementally every 10 minutes.

A plain BashOperator is enough: each run is one bounded Beam pipeline, idempotent and
incremental, so a retry or a catch-up run never duplicates an article. ``max_active_runs=1``
keeps one writer per output (the run lock would refuse a second one anyway). For a cluster,
add Beam options to the command (``--runner DaskRunner --dask_client_address ...``); see the
README's "Scaling out".
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG(
    dag_id="newsbeam_feeds",
    start_date=datetime(2026, 1, 1),
    schedule=timedelta(minutes=10),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=2)},
    tags=["news", "beam"],
) as dag:
    ingest = BashOperator(
        task_id="ingest",
        bash_command=(
            "newsbeam run --feeds /opt/newsbeam/feeds.yaml --output /data/news "
            "--lock-timeout 300 --max-reject-ratio 0.5"
        ),
        # Exit 0: the run finished (rejected inputs are rows in `rejects`, not failures);
        # 1: the run failed (Airflow retries it); 2: a usage error (fix the command);
        # 3: it finished but ingested nothing (every feed failed) or rejected more than
        #    --max-reject-ratio: the task fails, so Airflow retries and alerts.
    )
    report = BashOperator(task_id="inspect", bash_command="newsbeam inspect /data/news")
    ingest >> report

# The same task through the Python API, for a PythonOperator in an environment that has newsbeam:
#
#     def ingest_feeds():
#         import newsbeam
#         result = newsbeam.ingest([], "/data/news", feeds="/opt/newsbeam/feeds.yaml",
#                                  lock_timeout=300, max_reject_ratio=0.5)
#         if not result.ok:
#             raise RuntimeError(result.problem)
#         return {"run_id": result.run_id, "articles": result.articles}   # goes to XCom
