# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=header shape=zip_star_names sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00169")
def benchmark_test_00169(request: Request):
    param = request.headers.get("referer", "")
    names, values = zip(("a", "safe"), ("b", param))
    bar = names[1]
    return RedirectResponse(bar)
