# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=headernames propagation=direct sink=safe1 expected=false
from fastapi import FastAPI, Request
from sqlalchemy import create_engine, text

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00040")
def benchmark_test_00040(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text("SELECT id FROM users WHERE name = :name"), {"name": bar}).fetchall()
    return {"result": str(result)}
