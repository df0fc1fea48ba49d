# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=body propagation=switch_char_taint (helper class) sink=v0 expected=true
import json

from django.http import HttpResponseRedirect
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


def benchmark_test_00319(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00319/", benchmark_test_00319),
]
