# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=headerparam propagation=split_first (helper class) sink=v3 expected=true
import base64
import io
import pickle

from fastapi import FastAPI, Header, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.get("/00499")
def benchmark_test_00499(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
