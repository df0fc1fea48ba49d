# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=form shape=exception_message sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00250")
async def benchmark_test_00250(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    try:
        raise ValueError(param)
    except ValueError as exc:
        bar = str(exc)
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
