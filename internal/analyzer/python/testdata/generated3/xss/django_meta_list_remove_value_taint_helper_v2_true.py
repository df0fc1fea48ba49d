# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=meta propagation=list_remove_value_taint (helper class) sink=v2 expected=true
from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


def benchmark_test_00227(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("00227/", benchmark_test_00227),
]
