# generated case: rule=PY-XSS source=djcookies propagation=direct sink=dj_textplain expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    bar = param
    return HttpResponse("Echo: " + bar, content_type="text/plain")
