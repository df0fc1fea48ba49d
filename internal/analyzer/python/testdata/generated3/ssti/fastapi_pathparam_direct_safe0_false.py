# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=pathparam propagation=direct sink=safe0 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00277/{test_id}")
def benchmark_test_00277(request: Request, test_id: str):
    param = test_id
    bar = param
    result = jinja2.Template("<p>Hello {{ name }}</p>").render(name=bar)
    return {"result": str(result)}
