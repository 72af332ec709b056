// Builds the task pane and the commands page into dist/ (or, with --env harness, the pane plus an in-page fake
// of Office and Excel into dist-test/ for the browser tests). The manifest is copied with the production URL.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000';

/** The Apps Script bundle: the core and the Sheets host as the `PlanRag` global, plus the files clasp pushes. */
function gasConfig() {
  return {
    mode: 'production',
    target: ['web', 'es2019'],
    devtool: false,
    entry: { Code: './src/gas/main.ts' },
    output: { path: path.resolve(__dirname, 'dist/gas'), filename: '[name].js', library: { name: 'PlanRag', type: 'var' }, clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true }, exclude: /node_modules/ }] },
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/gas/functions.js', to: 'functions.js' },
          { from: 'src/gas/sidebar.html', to: 'sidebar.html' },
          { from: 'src/gas/appsscript.json', to: 'appsscript.json' },
        ],
      }),
    ],
  };
}

module.exports = async (env = {}, argv = {}) => {
  if (env.gas) return gasConfig();
  const harness = !!env.harness;
  const prodUrl = (process.env.ADDIN_URL || 'https://plan-rag.example.org').replace(/\/$/, '');
  const dev = argv.mode !== 'production';
  const entry = {
    taskpane: './src/taskpane/index.tsx',
  };
  if (harness) {
    entry['office-fake'] = './test/browser/officeFake.ts';
    entry['gas-fake'] = './test/browser/gasFake.ts';
  }
  const config = {
    devtool: 'source-map',
    entry,
    output: { path: path.resolve(__dirname, harness ? 'dist-test' : 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true }, exclude: /node_modules/ }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          ...(harness ? [{ from: 'src/gas/sidebar.html', to: 'gas-sidebar.html' }] : []),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev || harness ? content : content.toString().split(DEV_URL).join(prodUrl)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: 3000,
    },
  };
  if ((argv.$0 && String(argv.$0).includes('serve')) || env.WEBPACK_SERVE) {
    // https with the Office development certificate (npm run dev-server)
    const devCerts = require('office-addin-dev-certs');
    config.devServer.server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};
