# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=pathparam propagation=dict_get_taint sink=v2 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00228/{test_id}")
def benchmark_test_00228(request: Request, test_id: str):
    param = test_id
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
