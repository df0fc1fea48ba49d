# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=pathparam propagation=if_fold_mod_safe (helper class) sink=v1 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


@app.get("/00275/{test_id}")
def benchmark_test_00275(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
