# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=fastapi source=queryparams shape=restricted_unpickler sink=specific expected=false
import base64
import io
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


class RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError("global %s.%s is forbidden" % (module, name))


@app.get("/00447")
def benchmark_test_00447(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    obj = RestrictedUnpickler(io.BytesIO(base64.b64decode(bar))).load()
    result = type(obj).__name__
    return {"result": str(result)}
