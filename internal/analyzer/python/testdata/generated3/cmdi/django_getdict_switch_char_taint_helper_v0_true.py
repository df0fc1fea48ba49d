# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=getdict propagation=switch_char_taint (helper class) sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path


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


def benchmark_test_00100(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    result = os.system("echo " + bar)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00100/", benchmark_test_00100),
]
