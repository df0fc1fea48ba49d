# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=form shape=kwargs_unused sink=v1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


def build(**opts):
    return opts.get("term", "")


@app.post("/00232")
async def benchmark_test_00232(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = build(scope=param) or "none"
    return RedirectResponse(bar)
