# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=fastapi source=headerparam shape=listcomp_split sink=v0 expected=true
import jinja2

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00257")
def benchmark_test_00257(request: Request, referer: str = Header("")):
    param = referer
    parts = [p.strip() for p in param.split(",")]
    bar = parts[0]
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
