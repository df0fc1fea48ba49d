# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=headerparam propagation=if_fold_mod_safe (helper class) sink=v1 expected=false
from fastapi import FastAPI, Header, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


@app.get("/00133")
def benchmark_test_00133(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    exec("value = " + bar, {})
    result = True
    return {"result": str(result)}
