# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=pathparam propagation=if_fold_mod_safe (helper class) sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


@app.get("/00532/{test_id}")
def benchmark_test_00532(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": str(result)}
