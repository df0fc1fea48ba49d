# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=getlist propagation=builder_chain sink=v1 expected=true
from django.shortcuts import redirect
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


def benchmark_test_00348(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Builder().set_value(param).get_value()
    return redirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00348/", benchmark_test_00348),
]
