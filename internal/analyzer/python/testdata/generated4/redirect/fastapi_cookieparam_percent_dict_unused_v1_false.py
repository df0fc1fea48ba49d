# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=cookieparam shape=percent_dict_unused sink=v1 expected=false
from fastapi import FastAPI, Cookie, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00140")
def benchmark_test_00140(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = "%(term)s" % {"term": "all", "extra": param}
    return RedirectResponse(bar)
