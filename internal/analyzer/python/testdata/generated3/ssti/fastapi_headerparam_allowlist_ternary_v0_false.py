# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=headerparam propagation=allowlist_ternary sink=v0 expected=false
import jinja2

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00296")
def benchmark_test_00296(request: Request, referer: str = Header("")):
    param = referer
    bar = param if param in ("alpha", "beta") else "alpha"
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
