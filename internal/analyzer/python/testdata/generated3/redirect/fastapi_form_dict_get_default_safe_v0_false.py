# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=form propagation=dict_get_default_safe sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/00334")
async def benchmark_test_00334(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    return RedirectResponse(bar)
