# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=post propagation=thing_factory sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse
from django.urls import path


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00555(request):
    param = request.POST.get("BenchmarkTest", "")
    thing = make_thing()
    bar = thing.do_something(param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00555/", benchmark_test_00555),
]
