# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=pathparam shape=escape_discarded sink=specific expected=true
from django.http import HttpResponse
from django.urls import path
from django.utils.html import escape


def benchmark_test_00412(request, test_id):
    param = test_id
    bar = param
    escape(bar)
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("00412/<str:test_id>/", benchmark_test_00412),
]
