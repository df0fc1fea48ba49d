# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=fastapi source=headerparam shape=mako_source sink=specific expected=true
from fastapi import FastAPI, Header, Request
from mako.template import Template as MakoTemplate

app = FastAPI()


@app.get("/00396")
def benchmark_test_00396(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    result = MakoTemplate("<p>" + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
