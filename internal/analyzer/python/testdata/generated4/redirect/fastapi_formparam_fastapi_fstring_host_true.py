# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=formparam shape=fastapi_fstring_host sink=specific expected=true
from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/00455")
def benchmark_test_00455(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    return RedirectResponse(f"https://{bar}/welcome")  # want: PY-OPEN-REDIRECT
