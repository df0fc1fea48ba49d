# generated case (gen_cases7): category=xss rule=PY-XSS fw=django source=get shape=format_html sink=specific expected=false
from django.http import HttpResponse
from django.urls import path
from django.utils.html import format_html


def case_00252(request):
    param = request.GET.get("q", "")
    bar = param
    return HttpResponse(format_html("<p>{}</p>", bar))


urlpatterns = [
    path("case-00252/", case_00252),
]
