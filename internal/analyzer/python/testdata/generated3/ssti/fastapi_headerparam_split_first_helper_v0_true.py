# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=headerparam propagation=split_first (helper class) sink=v0 expected=true
import jinja2

from fastapi import FastAPI, Header, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.get("/00266")
def benchmark_test_00266(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
