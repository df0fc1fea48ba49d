# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=meta propagation=builder_chain sink=v0 expected=true
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


def benchmark_test_00539(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Builder().set_value(param).get_value()
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00539/", benchmark_test_00539),
]
