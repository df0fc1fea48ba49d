# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=post propagation=builder_chain sink=v0 expected=true
from django.http import HttpResponseRedirect
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


def benchmark_test_00306(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00306/", benchmark_test_00306),
]
