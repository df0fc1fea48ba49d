# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=post propagation=builder_chain sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse
from django.urls import path


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


def benchmark_test_00531(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00531/", benchmark_test_00531),
]
