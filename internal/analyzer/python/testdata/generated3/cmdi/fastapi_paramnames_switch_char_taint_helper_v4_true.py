# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=paramnames propagation=switch_char_taint (helper class) sink=v4 expected=true
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        guess = "ABC"
        switch_target = guess[2]
        if switch_target == "A":
            bar = "a_Value"
        elif switch_target == "B":
            bar = "bob"
        elif switch_target == "C" or switch_target == "D":
            bar = param
        else:
            bar = "bobs_your_uncle"
        return bar


@app.get("/00094")
def benchmark_test_00094(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)  # want: PY-CMDI
    return {"result": str(result)}
