# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=form propagation=dict_get_default_safe sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00585")
async def benchmark_test_00585(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    request.session[bar] = "10340"
    result = True
    return {"result": str(result)}
