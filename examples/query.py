"""The example query `make run` prints: who is quoted most, straight from the Parquet files."""
import sys

import duckdb

out = sys.argv[1] if len(sys.argv) > 1 else "out"
query = f"""
    SELECT q.speaker, count(*) AS quotes, any_value(q.text) AS example
    FROM read_parquet('{out}/quotes/**/*.parquet', hive_partitioning = true) AS q
    WHERE q.speaker IS NOT NULL
    GROUP BY q.speaker
    ORDER BY quotes DESC, q.speaker
    LIMIT 8
"""
print("\n-- " + " ".join(query.split()))
print(duckdb.sql(query))
