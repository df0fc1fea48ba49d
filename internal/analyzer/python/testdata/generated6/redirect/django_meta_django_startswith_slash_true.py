# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=django source=meta shape=django_startswith_slash sink=specific expected=true
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import path


def benchmark_test_00412(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    if not bar.startswith("/"):
        return HttpResponseBadRequest("invalid")
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00412/", benchmark_test_00412),
]
