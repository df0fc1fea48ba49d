# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=paramnames propagation=dict_overwrite_same (helper class) sink=v4 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


@app.get("/00098")
def benchmark_test_00098(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return {"result": str(result)}
