# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=header propagation=direct sink=safe0 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00314")
def benchmark_test_00314(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    result = jinja2.Template("<p>Hello {{ name }}</p>").render(name=bar)
    return {"result": str(result)}
