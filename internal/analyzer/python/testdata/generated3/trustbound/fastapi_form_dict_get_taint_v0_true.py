# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=form propagation=dict_get_taint sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00522")
async def benchmark_test_00522(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
