# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=fastapi source=cookieparam shape=jinja_template_var sink=specific expected=false
import jinja2

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00440")
def benchmark_test_00440(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    result = jinja2.Template("Hello {{ name }}").render(name=bar)
    return {"result": str(result)}
