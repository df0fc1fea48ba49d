# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=cookie shape=fastapi_url_for_param sink=specific expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00413")
def benchmark_test_00413(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return RedirectResponse(request.url_for("read_item", item_id=bar))
