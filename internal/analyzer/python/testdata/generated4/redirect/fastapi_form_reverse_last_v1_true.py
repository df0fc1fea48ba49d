# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=form shape=reverse_last sink=v1 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/00106")
async def benchmark_test_00106(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    items = [param, "safe"]
    items.reverse()
    bar = items[-1]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
