# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=header shape=pulldom_default expected=true
from fastapi import FastAPI, Request
from xml.dom import pulldom

app = FastAPI()


@app.get("/00302")
def benchmark_test_00302(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    events = pulldom.parseString(bar)  # want: PY-XXE
    result = sum(1 for _ in events)
    return {"result": str(result)}
