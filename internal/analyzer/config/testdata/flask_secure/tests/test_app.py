from app import app


def test_index():
    app.config["DEBUG"] = True
    app.config["SECRET_KEY"] = "test-key"
    assert app.test_client().get("/").status_code == 200
