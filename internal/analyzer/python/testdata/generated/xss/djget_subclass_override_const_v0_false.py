# generated case: rule=PY-XSS source=djget propagation=subclass_override_const sink=v0 expected=false
from django.http import HttpResponse, JsonResponse


class Base:
    def transform(self, value):
        return value


class Child(Base):
    def transform(self, value):
        return "safe"


def handle_xss(request):
    param = request.GET.get("p", "")
    bar = Child().transform(param)
    return HttpResponse("<p>Hello " + bar + "</p>")
