# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=header propagation=builder_chain sink=v0 expected=true
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


def benchmark_test_00599(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Builder().set_value(param).get_value()
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00599/", benchmark_test_00599),
]
